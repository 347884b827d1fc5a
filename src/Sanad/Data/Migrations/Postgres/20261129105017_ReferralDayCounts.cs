using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReferralDayCounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_overview",
                table: "referrals");

            migrationBuilder.CreateTable(
                name: "referral_day_counts",
                columns: table => new
                {
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    FromAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    ToAgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_day_counts", x => new { x.Day, x.FromAgencyId, x.ToAgencyId, x.State });
                });

            // The counts of the referrals already there (decision 0044); from now on every save keeps them in step.
            migrationBuilder.Sql("""
                INSERT INTO referral_day_counts ("Day", "FromAgencyId", "ToAgencyId", "State", "Count")
                SELECT ("SentAt" AT TIME ZONE 'UTC')::date, "FromAgencyId", "ToAgencyId", "State", COUNT(*) FROM referrals GROUP BY 1, 2, 3, 4
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "referral_day_counts");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_overview",
                table: "referrals",
                columns: new[] { "SentAt", "FromAgencyId", "ToAgencyId", "State", "AnswerDueAt" });
        }
    }
}

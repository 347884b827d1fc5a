using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReferralListIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_referrals_FromAgencyId_SentAt",
                table: "referrals",
                columns: new[] { "FromAgencyId", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ToAgencyId_SentAt",
                table: "referrals",
                columns: new[] { "ToAgencyId", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_FromAgencyId_SentAt",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_ToAgencyId_SentAt",
                table: "referrals");
        }
    }
}

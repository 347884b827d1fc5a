using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardReferralIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_CaseId",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_ServiceId",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_CaseId_SentAt_ServiceId_State",
                table: "referrals",
                columns: new[] { "CaseId", "SentAt", "ServiceId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_dashboard",
                table: "referrals",
                columns: new[] { "ServiceId", "State", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_CaseId_SentAt_ServiceId_State",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_dashboard",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_CaseId",
                table: "referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ServiceId",
                table: "referrals",
                column: "ServiceId");
        }
    }
}

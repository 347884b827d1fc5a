using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DashboardIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_services_delivered_CaseId_StartedOn",
                table: "services_delivered");

            migrationBuilder.DropIndex(
                name: "IX_services_delivered_ServiceType_StartedOn",
                table: "services_delivered");

            migrationBuilder.DropIndex(
                name: "IX_referrals_CaseId",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_ServiceId",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "IX_services_delivered_CaseId_StartedOn_ServiceType_Outcome",
                table: "services_delivered",
                columns: new[] { "CaseId", "StartedOn", "ServiceType", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_services_delivered_dashboard",
                table: "services_delivered",
                columns: new[] { "ServiceType", "Outcome", "StartedOn" });

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
                name: "IX_services_delivered_CaseId_StartedOn_ServiceType_Outcome",
                table: "services_delivered");

            migrationBuilder.DropIndex(
                name: "IX_services_delivered_dashboard",
                table: "services_delivered");

            migrationBuilder.DropIndex(
                name: "IX_referrals_CaseId_SentAt_ServiceId_State",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_referrals_dashboard",
                table: "referrals");

            migrationBuilder.CreateIndex(
                name: "IX_services_delivered_CaseId_StartedOn",
                table: "services_delivered",
                columns: new[] { "CaseId", "StartedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_services_delivered_ServiceType_StartedOn",
                table: "services_delivered",
                columns: new[] { "ServiceType", "StartedOn" });

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

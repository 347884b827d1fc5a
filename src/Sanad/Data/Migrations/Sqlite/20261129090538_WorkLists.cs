using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorkLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_assistance_plans_AgencyId",
                table: "assistance_plans");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_overview",
                table: "referrals",
                columns: new[] { "SentAt", "FromAgencyId", "ToAgencyId", "State", "AnswerDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_AgencyId_AssignedWorkerId_Status_UpdatedAt",
                table: "cases",
                columns: new[] { "AgencyId", "AssignedWorkerId", "Status", "UpdatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_assistance_plans_AgencyId_State_SubmittedAt",
                table: "assistance_plans",
                columns: new[] { "AgencyId", "State", "SubmittedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_referrals_overview",
                table: "referrals");

            migrationBuilder.DropIndex(
                name: "IX_cases_AgencyId_AssignedWorkerId_Status_UpdatedAt",
                table: "cases");

            migrationBuilder.DropIndex(
                name: "IX_assistance_plans_AgencyId_State_SubmittedAt",
                table: "assistance_plans");

            migrationBuilder.CreateIndex(
                name: "IX_assistance_plans_AgencyId",
                table: "assistance_plans",
                column: "AgencyId");
        }
    }
}

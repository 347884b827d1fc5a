using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenDeadlineIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_residence_documents_AgencyId_ValidUntil",
                table: "residence_documents");

            migrationBuilder.DropIndex(
                name: "IX_residence_documents_ValidUntil",
                table: "residence_documents");

            migrationBuilder.DropIndex(
                name: "IX_reflection_periods_AgencyId_EndsOn",
                table: "reflection_periods");

            migrationBuilder.DropIndex(
                name: "IX_reflection_periods_EndsOn",
                table: "reflection_periods");

            migrationBuilder.CreateIndex(
                name: "IX_residence_documents_AgencyId_ValidUntil",
                table: "residence_documents",
                columns: new[] { "AgencyId", "ValidUntil" },
                filter: "\"ReplacedAt\" IS NULL AND \"ValidUntil\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_residence_documents_ValidUntil",
                table: "residence_documents",
                column: "ValidUntil",
                filter: "\"ReplacedAt\" IS NULL AND \"ValidUntil\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_reflection_periods_AgencyId_EndsOn",
                table: "reflection_periods",
                columns: new[] { "AgencyId", "EndsOn" },
                filter: "\"FollowedUpAt\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_reflection_periods_EndsOn",
                table: "reflection_periods",
                column: "EndsOn",
                filter: "\"FollowedUpAt\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_residence_documents_AgencyId_ValidUntil",
                table: "residence_documents");

            migrationBuilder.DropIndex(
                name: "IX_residence_documents_ValidUntil",
                table: "residence_documents");

            migrationBuilder.DropIndex(
                name: "IX_reflection_periods_AgencyId_EndsOn",
                table: "reflection_periods");

            migrationBuilder.DropIndex(
                name: "IX_reflection_periods_EndsOn",
                table: "reflection_periods");

            migrationBuilder.CreateIndex(
                name: "IX_residence_documents_AgencyId_ValidUntil",
                table: "residence_documents",
                columns: new[] { "AgencyId", "ValidUntil" });

            migrationBuilder.CreateIndex(
                name: "IX_residence_documents_ValidUntil",
                table: "residence_documents",
                column: "ValidUntil");

            migrationBuilder.CreateIndex(
                name: "IX_reflection_periods_AgencyId_EndsOn",
                table: "reflection_periods",
                columns: new[] { "AgencyId", "EndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_reflection_periods_EndsOn",
                table: "reflection_periods",
                column: "EndsOn");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PersonMerges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "MergedInto",
                table: "people",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "person_merges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Survivor = table.Column<Guid>(type: "TEXT", nullable: false),
                    Duplicate = table.Column<Guid>(type: "TEXT", nullable: false),
                    MovedCases = table.Column<string>(type: "TEXT", nullable: false),
                    MergedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    MergedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UndoneBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    UndoneAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_merges", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_person_merges_Duplicate",
                table: "person_merges",
                column: "Duplicate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "person_merges");

            migrationBuilder.DropColumn(
                name: "MergedInto",
                table: "people");
        }
    }
}

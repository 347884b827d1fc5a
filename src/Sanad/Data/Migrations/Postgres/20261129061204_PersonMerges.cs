using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sanad.Data.Migrations.Postgres
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
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "person_merges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Survivor = table.Column<Guid>(type: "uuid", nullable: false),
                    Duplicate = table.Column<Guid>(type: "uuid", nullable: false),
                    MovedCases = table.Column<string>(type: "text", nullable: false),
                    MergedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    MergedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UndoneBy = table.Column<Guid>(type: "uuid", nullable: true),
                    UndoneAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
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

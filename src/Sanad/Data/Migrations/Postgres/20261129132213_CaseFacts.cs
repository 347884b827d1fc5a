using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CaseFacts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_cases_dashboard",
                table: "cases");

            migrationBuilder.CreateTable(
                name: "case_facts",
                columns: table => new
                {
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgencyId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OpenedYear = table.Column<int>(type: "integer", nullable: false),
                    Identified = table.Column<bool>(type: "boolean", nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AgeBand = table.Column<int>(type: "integer", nullable: false),
                    Nationality = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    LabourExploitation = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    SexExploitation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    LabourIndustries = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    MethodsOfControl = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ExploitationCountries = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    IdentifiedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssistedOn = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_facts", x => x.CaseId);
                    table.ForeignKey(
                        name: "FK_case_facts_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_case_facts_assistance",
                table: "case_facts",
                columns: new[] { "IdentifiedOn", "AssistedOn", "AgencyId", "Nationality" },
                filter: "\"IdentifiedOn\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_case_facts_by_age",
                table: "case_facts",
                columns: new[] { "AgeBand", "Sex", "AgencyId", "Nationality", "OpenedAt", "Identified" },
                filter: "\"Identified\"");

            migrationBuilder.CreateIndex(
                name: "IX_case_facts_by_year",
                table: "case_facts",
                columns: new[] { "OpenedYear", "Sex", "AgencyId", "Nationality", "OpenedAt", "Identified" },
                filter: "\"Identified\"");

            migrationBuilder.CreateIndex(
                name: "IX_case_facts_control",
                table: "case_facts",
                columns: new[] { "MethodsOfControl", "AgencyId", "Nationality", "OpenedAt", "Identified" },
                filter: "\"Identified\"");

            migrationBuilder.CreateIndex(
                name: "IX_case_facts_exploitation",
                table: "case_facts",
                columns: new[] { "LabourExploitation", "SexExploitation", "AgencyId", "Nationality", "OpenedAt", "Identified" },
                filter: "\"Identified\"");

            migrationBuilder.CreateIndex(
                name: "IX_case_facts_flows",
                table: "case_facts",
                columns: new[] { "ExploitationCountries", "Nationality", "AgencyId", "OpenedAt", "Identified" },
                filter: "\"Identified\"");

            migrationBuilder.CreateIndex(
                name: "IX_case_facts_scope",
                table: "case_facts",
                columns: new[] { "CaseId", "AgencyId", "Nationality" });

            migrationBuilder.CreateIndex(
                name: "IX_case_facts_sectors",
                table: "case_facts",
                columns: new[] { "LabourIndustries", "AgencyId", "Nationality", "OpenedAt", "Identified" },
                filter: "\"Identified\"");

            // Every case's facts from the tables, as CaseFactsKeeping computes them at this version (decision 0048).
            migrationBuilder.Sql("""
                INSERT INTO case_facts ("CaseId", "AgencyId", "OpenedAt", "OpenedYear", "Identified", "Sex", "AgeBand", "Nationality",
                    "LabourExploitation", "SexExploitation", "LabourIndustries", "MethodsOfControl", "ExploitationCountries", "IdentifiedOn", "AssistedOn")
                SELECT c."Id", c."AgencyId", c."OpenedAt", CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer),
                    COALESCE(c."TraffickingStatus" IN ('Possible', 'Actual'), FALSE), p."Sex",
                    CASE WHEN p."YearOfBirth" IS NULL OR CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) < p."YearOfBirth" THEN 5
                         WHEN CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) - p."YearOfBirth" <= 8 THEN 0
                         WHEN CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) - p."YearOfBirth" <= 17 THEN 1
                         WHEN CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) - p."YearOfBirth" <= 29 THEN 2
                         WHEN CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) - p."YearOfBirth" <= 47 THEN 3
                         ELSE 4 END,
                    p."Nationality", c."LabourExploitation", c."SexExploitation", c."LabourIndustries", c."MethodsOfControl",
                    COALESCE((SELECT string_agg(DISTINCT e."Country", ',' ORDER BY e."Country") FROM trafficking_events AS e WHERE e."CaseId" = c."Id" AND e."Type" = 'Exploitation' AND e."Country" IS NOT NULL), ''),
                    (SELECT MIN(d."DecidedOn") FROM identification_decisions AS d WHERE d."CaseId" = c."Id" AND d."Outcome" <> 'NotAVictim'),
                    (SELECT MIN(s."StartedOn") FROM services_delivered AS s WHERE s."CaseId" = c."Id")
                FROM cases AS c
                JOIN people AS p ON p."Id" = c."PersonId"
                WHERE TRUE
                ON CONFLICT ("CaseId") DO UPDATE SET "AgencyId" = excluded."AgencyId", "OpenedAt" = excluded."OpenedAt",
                    "OpenedYear" = excluded."OpenedYear", "Identified" = excluded."Identified", "Sex" = excluded."Sex", "AgeBand" = excluded."AgeBand",
                    "Nationality" = excluded."Nationality", "LabourExploitation" = excluded."LabourExploitation", "SexExploitation" = excluded."SexExploitation",
                    "LabourIndustries" = excluded."LabourIndustries", "MethodsOfControl" = excluded."MethodsOfControl",
                    "ExploitationCountries" = excluded."ExploitationCountries", "IdentifiedOn" = excluded."IdentifiedOn", "AssistedOn" = excluded."AssistedOn"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_facts");

            migrationBuilder.CreateIndex(
                name: "IX_cases_dashboard",
                table: "cases",
                columns: new[] { "TraffickingStatus", "OpenedAt", "AgencyId", "PersonId" });
        }
    }
}

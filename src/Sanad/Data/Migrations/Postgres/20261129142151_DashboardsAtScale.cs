using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class DashboardsAtScale : Migration
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

            migrationBuilder.DropIndex(
                name: "IX_cases_dashboard",
                table: "cases");

            migrationBuilder.AlterColumn<Guid>(
                name: "DatasetId",
                table: "releases",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

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
                    DaysToAssistance = table.Column<int>(type: "integer", nullable: true)
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

            migrationBuilder.CreateIndex(
                name: "IX_case_facts_assistance",
                table: "case_facts",
                columns: new[] { "IdentifiedOn", "DaysToAssistance", "AgencyId", "Nationality" },
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
                    "LabourExploitation", "SexExploitation", "LabourIndustries", "MethodsOfControl", "ExploitationCountries", "IdentifiedOn", "DaysToAssistance")
                SELECT f."CaseId", f."AgencyId", f."OpenedAt", f."OpenedYear", f."Identified", f."Sex", f."AgeBand", f."Nationality",
                    f."LabourExploitation", f."SexExploitation", f."LabourIndustries", f."MethodsOfControl", f."ExploitationCountries", f."IdentifiedOn", f."AssistedOn" - f."IdentifiedOn"
                FROM (
                    SELECT c."Id" AS "CaseId", c."AgencyId" AS "AgencyId", c."OpenedAt" AS "OpenedAt", CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) AS "OpenedYear",
                        COALESCE(c."TraffickingStatus" IN ('Possible', 'Actual'), FALSE) AS "Identified", p."Sex" AS "Sex",
                        CASE WHEN p."YearOfBirth" IS NULL OR CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) < p."YearOfBirth" THEN 5
                             WHEN CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) - p."YearOfBirth" <= 8 THEN 0
                             WHEN CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) - p."YearOfBirth" <= 17 THEN 1
                             WHEN CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) - p."YearOfBirth" <= 29 THEN 2
                             WHEN CAST(EXTRACT(YEAR FROM c."OpenedAt" AT TIME ZONE 'UTC') AS integer) - p."YearOfBirth" <= 47 THEN 3
                             ELSE 4 END AS "AgeBand",
                        p."Nationality" AS "Nationality", c."LabourExploitation" AS "LabourExploitation", c."SexExploitation" AS "SexExploitation",
                        c."LabourIndustries" AS "LabourIndustries", c."MethodsOfControl" AS "MethodsOfControl",
                        COALESCE((SELECT string_agg(DISTINCT e."Country", ',' ORDER BY e."Country") FROM trafficking_events AS e WHERE e."CaseId" = c."Id" AND e."Type" = 'Exploitation' AND e."Country" IS NOT NULL), '') AS "ExploitationCountries",
                        (SELECT MIN(d."DecidedOn") FROM identification_decisions AS d WHERE d."CaseId" = c."Id" AND d."Outcome" <> 'NotAVictim') AS "IdentifiedOn",
                        (SELECT MIN(s."StartedOn") FROM services_delivered AS s WHERE s."CaseId" = c."Id") AS "AssistedOn"
                    FROM cases AS c
                    JOIN people AS p ON p."Id" = c."PersonId"
                    WHERE TRUE) AS f
                WHERE TRUE
                ON CONFLICT ("CaseId") DO UPDATE SET "AgencyId" = excluded."AgencyId", "OpenedAt" = excluded."OpenedAt",
                    "OpenedYear" = excluded."OpenedYear", "Identified" = excluded."Identified", "Sex" = excluded."Sex", "AgeBand" = excluded."AgeBand",
                    "Nationality" = excluded."Nationality", "LabourExploitation" = excluded."LabourExploitation", "SexExploitation" = excluded."SexExploitation",
                    "LabourIndustries" = excluded."LabourIndustries", "MethodsOfControl" = excluded."MethodsOfControl",
                    "ExploitationCountries" = excluded."ExploitationCountries", "IdentifiedOn" = excluded."IdentifiedOn", "DaysToAssistance" = excluded."DaysToAssistance"
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "case_facts");

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

            migrationBuilder.AlterColumn<Guid>(
                name: "DatasetId",
                table: "releases",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

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

            migrationBuilder.CreateIndex(
                name: "IX_cases_dashboard",
                table: "cases",
                columns: new[] { "TraffickingStatus", "OpenedAt", "AgencyId", "PersonId" });
        }
    }
}

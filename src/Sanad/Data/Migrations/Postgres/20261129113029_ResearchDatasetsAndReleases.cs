using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ResearchDatasetsAndReleases : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "statistical_datasets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    CreatedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordCount = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EpsilonSpent = table.Column<double>(type: "double precision", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistical_datasets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "releases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DatasetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Method = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Parameters = table.Column<string>(type: "text", nullable: false),
                    Epsilon = table.Column<double>(type: "double precision", nullable: true),
                    Report = table.Column<string>(type: "text", nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ByteCount = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PreparedBy = table.Column<Guid>(type: "uuid", nullable: false),
                    PreparedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    DecidedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    DecidedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_releases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_releases_statistical_datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "statistical_datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "statistical_records",
                columns: table => new
                {
                    DatasetId = table.Column<Guid>(type: "uuid", nullable: false),
                    Row = table.Column<int>(type: "integer", nullable: false),
                    CountryOfExploitation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Datasource = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    RecruiterRelationship = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ageBroad = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    citizenship = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    gender = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    isAbduction = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    isForcedLabour = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    isForcedMarriage = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    isForcedMilitary = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    isOrganRemoval = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    isOtherExploit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    isSexAndLabour = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    isSexualExploit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    isSlaveryAndPractices = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    majorityEntry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    majorityStatus = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    majorityStatusAtExploit = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlConcatenated = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    meansOfControlDebtBondage = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlExcessiveWorkingHours = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlFalsePromises = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlNotSpecified = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlOther = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlPhysicalAbuse = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlPsychoactiveSubstances = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlPsychologicalAbuse = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlRestrictsFinancialAccess = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlRestrictsMedicalCare = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlRestrictsMovement = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlSexualAbuse = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlTakesEarnings = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlThreatOfLawEnforcement = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlThreats = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlUsesChildren = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlWithholdsDocuments = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    meansOfControlWithholdsNecessities = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recruiterRelationFamily = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recruiterRelationFriend = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recruiterRelationIntimatePartner = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recruiterRelationOther = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    recruiterRelationUnknown = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfExploitConcatenated = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    typeOfLabourAgriculture = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourAquafarming = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourBegging = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourConcatenated = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    typeOfLabourConstruction = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourDomesticWork = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourHospitality = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourIllicitActivities = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourManufacturing = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourMiningOrDrilling = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourNotSpecified = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourOther = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourPeddling = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfLabourTransportation = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfSexConcatenated = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    typeOfSexPornography = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfSexPrivateSexualServices = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfSexProstitution = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    typeOfSexRemoteInteractiveServices = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    yearOfRegistration = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_statistical_records", x => new { x.DatasetId, x.Row });
                    table.ForeignKey(
                        name: "FK_statistical_records_statistical_datasets_DatasetId",
                        column: x => x.DatasetId,
                        principalTable: "statistical_datasets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_releases_DatasetId_Status",
                table: "releases",
                columns: new[] { "DatasetId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_releases_PreparedAt",
                table: "releases",
                column: "PreparedAt");

            migrationBuilder.CreateIndex(
                name: "IX_statistical_datasets_CreatedAt",
                table: "statistical_datasets",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "releases");

            migrationBuilder.DropTable(
                name: "statistical_records");

            migrationBuilder.DropTable(
                name: "statistical_datasets");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Sanad.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgrammeEventsAndParticipants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Description",
                table: "programme_activities",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outputs",
                table: "programme_activities",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponsiblePerson",
                table: "programme_activities",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "programme_activity_profiles",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipatingCountries = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Institutions = table.Column<string>(type: "text", nullable: true),
                    Delegation = table.Column<string>(type: "text", nullable: false),
                    HostInstitutions = table.Column<string>(type: "text", nullable: true),
                    LessonsLearned = table.Column<string>(type: "text", nullable: true),
                    PracticesToTransfer = table.Column<string>(type: "text", nullable: true),
                    ActionsLedTo = table.Column<string>(type: "text", nullable: true),
                    Campaign = table.Column<string>(type: "text", nullable: true),
                    Channel = table.Column<string>(type: "text", nullable: true),
                    Languages = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Audience = table.Column<string>(type: "text", nullable: true),
                    Reach = table.Column<int>(type: "integer", nullable: true),
                    Materials = table.Column<string>(type: "text", nullable: true),
                    Studies = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_activity_profiles", x => x.ActivityId);
                    table.ForeignKey(
                        name: "FK_programme_activity_profiles_programme_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "programme_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_documents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    SealingId = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    SealedName = table.Column<byte[]>(type: "bytea", nullable: false),
                    SealedContent = table.Column<byte[]>(type: "bytea", nullable: false),
                    AddedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    AddedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_documents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programme_documents_programme_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "programme_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programme_recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    TextEnglish = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    TextFrench = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    TextArabic = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AddresseeCountry = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    AddresseeInstitution = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Priority = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Evidence = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_recommendations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programme_recommendations_programme_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "programme_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Topic = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Trainers = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programme_sessions_programme_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "programme_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_activity_partners",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_activity_partners", x => new { x.ActivityId, x.OrganisationId });
                    table.ForeignKey(
                        name: "FK_programme_activity_partners_programme_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "programme_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_programme_activity_partners_programme_organisations_Organis~",
                        column: x => x.OrganisationId,
                        principalTable: "programme_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_participants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    SealedIdentity = table.Column<byte[]>(type: "bytea", nullable: false),
                    EmailKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NameKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConsentsToContact = table.Column<bool>(type: "boolean", nullable: false),
                    ConsentRecordedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programme_participants_programme_organisations_Organisation~",
                        column: x => x.OrganisationId,
                        principalTable: "programme_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_recommendation_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RecommendationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Field = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    To = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    By = table.Column<Guid>(type: "uuid", nullable: true),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_recommendation_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programme_recommendation_changes_programme_recommendations_~",
                        column: x => x.RecommendationId,
                        principalTable: "programme_recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_attendance",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_attendance", x => new { x.SessionId, x.ParticipantId });
                    table.ForeignKey(
                        name: "FK_programme_attendance_programme_participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "programme_participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_programme_attendance_programme_sessions_SessionId",
                        column: x => x.SessionId,
                        principalTable: "programme_sessions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_enrolments",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "uuid", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "uuid", nullable: false),
                    PreTestScore = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    PostTestScore = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_enrolments", x => new { x.ActivityId, x.ParticipantId });
                    table.ForeignKey(
                        name: "FK_programme_enrolments_programme_activities_ActivityId",
                        column: x => x.ActivityId,
                        principalTable: "programme_activities",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_programme_enrolments_programme_participants_ParticipantId",
                        column: x => x.ParticipantId,
                        principalTable: "programme_participants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_programme_activity_partners_OrganisationId",
                table: "programme_activity_partners",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_programme_attendance_ParticipantId",
                table: "programme_attendance",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_programme_documents_ActivityId",
                table: "programme_documents",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_programme_enrolments_ParticipantId",
                table: "programme_enrolments",
                column: "ParticipantId");

            migrationBuilder.CreateIndex(
                name: "IX_programme_organisations_Name",
                table: "programme_organisations",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_programme_participants_EmailKey",
                table: "programme_participants",
                column: "EmailKey");

            migrationBuilder.CreateIndex(
                name: "IX_programme_participants_NameKey",
                table: "programme_participants",
                column: "NameKey");

            migrationBuilder.CreateIndex(
                name: "IX_programme_participants_OrganisationId",
                table: "programme_participants",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_programme_recommendation_changes_RecommendationId",
                table: "programme_recommendation_changes",
                column: "RecommendationId");

            migrationBuilder.CreateIndex(
                name: "IX_programme_recommendations_ActivityId",
                table: "programme_recommendations",
                column: "ActivityId");

            migrationBuilder.CreateIndex(
                name: "IX_programme_recommendations_AddresseeCountry_Status_DueOn",
                table: "programme_recommendations",
                columns: new[] { "AddresseeCountry", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_programme_sessions_ActivityId_HeldOn",
                table: "programme_sessions",
                columns: new[] { "ActivityId", "HeldOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "programme_activity_partners");

            migrationBuilder.DropTable(
                name: "programme_activity_profiles");

            migrationBuilder.DropTable(
                name: "programme_attendance");

            migrationBuilder.DropTable(
                name: "programme_documents");

            migrationBuilder.DropTable(
                name: "programme_enrolments");

            migrationBuilder.DropTable(
                name: "programme_recommendation_changes");

            migrationBuilder.DropTable(
                name: "programme_sessions");

            migrationBuilder.DropTable(
                name: "programme_participants");

            migrationBuilder.DropTable(
                name: "programme_recommendations");

            migrationBuilder.DropTable(
                name: "programme_organisations");

            migrationBuilder.DropColumn(
                name: "Description",
                table: "programme_activities");

            migrationBuilder.DropColumn(
                name: "Outputs",
                table: "programme_activities");

            migrationBuilder.DropColumn(
                name: "ResponsiblePerson",
                table: "programme_activities");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Sqlite
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
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outputs",
                table: "programme_activities",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ResponsiblePerson",
                table: "programme_activities",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "programme_activity_profiles",
                columns: table => new
                {
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipatingCountries = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Institutions = table.Column<string>(type: "TEXT", nullable: true),
                    Delegation = table.Column<string>(type: "TEXT", nullable: false),
                    HostInstitutions = table.Column<string>(type: "TEXT", nullable: true),
                    LessonsLearned = table.Column<string>(type: "TEXT", nullable: true),
                    PracticesToTransfer = table.Column<string>(type: "TEXT", nullable: true),
                    ActionsLedTo = table.Column<string>(type: "TEXT", nullable: true),
                    Campaign = table.Column<string>(type: "TEXT", nullable: true),
                    Channel = table.Column<string>(type: "TEXT", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Audience = table.Column<string>(type: "TEXT", nullable: true),
                    Reach = table.Column<int>(type: "INTEGER", nullable: true),
                    Materials = table.Column<string>(type: "TEXT", nullable: true),
                    Studies = table.Column<string>(type: "TEXT", nullable: false)
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
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SealingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    SealedName = table.Column<byte[]>(type: "BLOB", nullable: false),
                    SealedContent = table.Column<byte[]>(type: "BLOB", nullable: false),
                    AddedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AddedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "programme_recommendations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TextEnglish = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TextFrench = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TextArabic = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AddresseeCountry = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    AddresseeInstitution = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Priority = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Evidence = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Trainers = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
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
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                        name: "FK_programme_activity_partners_programme_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "programme_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_participants",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Sex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Country = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    SealedIdentity = table.Column<byte[]>(type: "BLOB", nullable: false),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    NameKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConsentsToContact = table.Column<bool>(type: "INTEGER", nullable: false),
                    ConsentRecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programme_participants_programme_organisations_OrganisationId",
                        column: x => x.OrganisationId,
                        principalTable: "programme_organisations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "programme_recommendation_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecommendationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Field = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    By = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_programme_recommendation_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_programme_recommendation_changes_programme_recommendations_RecommendationId",
                        column: x => x.RecommendationId,
                        principalTable: "programme_recommendations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "programme_attendance",
                columns: table => new
                {
                    SessionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false)
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
                    ActivityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ParticipantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PreTestScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true),
                    PostTestScore = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: true)
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

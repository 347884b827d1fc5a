using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Sanad.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Referrals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agency_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Governorate = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    City = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Capacity = table.Column<int>(type: "INTEGER", nullable: true),
                    Available = table.Column<int>(type: "INTEGER", nullable: true),
                    EligibleSex = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    MinAge = table.Column<int>(type: "INTEGER", nullable: true),
                    MaxAge = table.Column<int>(type: "INTEGER", nullable: true),
                    EligibleNationalities = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    FocalPoints = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    OpeningHours = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IsActive = table.Column<bool>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agency_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_agency_services_agencies_AgencyId",
                        column: x => x.AgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "consents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RecipientAgencyId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GivenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SealedNote = table.Column<byte[]>(type: "BLOB", nullable: true),
                    WithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    WithdrawnBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    SealedWithdrawalReason = table.Column<byte[]>(type: "BLOB", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_consents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_consents_agencies_RecipientAgencyId",
                        column: x => x.RecipientAgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_consents_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_users_RecipientId",
                        column: x => x.RecipientId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referrals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToAgencyId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SealedReason = table.Column<byte[]>(type: "BLOB", nullable: false),
                    Urgency = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SentAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnswerDueAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ConsentWithdrawnAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referrals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referrals_agencies_FromAgencyId",
                        column: x => x.FromAgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_agencies_ToAgencyId",
                        column: x => x.ToAgencyId,
                        principalTable: "agencies",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_agency_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "agency_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_referrals_cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "referral_transitions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ReferralId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    By = table.Column<Guid>(type: "TEXT", nullable: true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SealingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SealedReason = table.Column<byte[]>(type: "BLOB", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_referral_transitions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_referral_transitions_referrals_ReferralId",
                        column: x => x.ReferralId,
                        principalTable: "referrals",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agency_services_AgencyId",
                table: "agency_services",
                column: "AgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_agency_services_Type_IsActive",
                table: "agency_services",
                columns: new[] { "Type", "IsActive" });

            migrationBuilder.CreateIndex(
                name: "IX_consents_CaseId_RecipientAgencyId",
                table: "consents",
                columns: new[] { "CaseId", "RecipientAgencyId" });

            migrationBuilder.CreateIndex(
                name: "IX_consents_RecipientAgencyId",
                table: "consents",
                column: "RecipientAgencyId");

            migrationBuilder.CreateIndex(
                name: "IX_notifications_RecipientId_ReadAt_Id",
                table: "notifications",
                columns: new[] { "RecipientId", "ReadAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_referral_transitions_ReferralId_Id",
                table: "referral_transitions",
                columns: new[] { "ReferralId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_CaseId",
                table: "referrals",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_FromAgencyId_State_SentAt",
                table: "referrals",
                columns: new[] { "FromAgencyId", "State", "SentAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ServiceId",
                table: "referrals",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_referrals_State_AnswerDueAt",
                table: "referrals",
                columns: new[] { "State", "AnswerDueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_referrals_ToAgencyId_State_SentAt",
                table: "referrals",
                columns: new[] { "ToAgencyId", "State", "SentAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consents");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "referral_transitions");

            migrationBuilder.DropTable(
                name: "referrals");

            migrationBuilder.DropTable(
                name: "agency_services");
        }
    }
}

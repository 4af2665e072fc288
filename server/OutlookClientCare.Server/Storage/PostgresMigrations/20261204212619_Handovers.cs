using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookClientCare.Server.Storage.PostgresMigrations
{
    /// <inheritdoc />
    public partial class Handovers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerAddress",
                table: "ClientCards",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerName",
                table: "ClientCards",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "OwnerSince",
                table: "ClientCards",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "Handovers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IdempotencyKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    ForwardedMessageId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    DraftId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    WebLink = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    FromName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FromAddress = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ToObjectId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ToAddress = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    ToName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ClientAddress = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    ClientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Language = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    BriefJson = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Handovers", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_TenantId_ObjectId_ConversationId",
                table: "Handovers",
                columns: new[] { "TenantId", "ObjectId", "ConversationId" });

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_TenantId_ObjectId_IdempotencyKey",
                table: "Handovers",
                columns: new[] { "TenantId", "ObjectId", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Handovers_TenantId_ToObjectId",
                table: "Handovers",
                columns: new[] { "TenantId", "ToObjectId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Handovers");

            migrationBuilder.DropColumn(
                name: "OwnerAddress",
                table: "ClientCards");

            migrationBuilder.DropColumn(
                name: "OwnerName",
                table: "ClientCards");

            migrationBuilder.DropColumn(
                name: "OwnerSince",
                table: "ClientCards");
        }
    }
}

using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookClientCare.Server.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ToDoTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TodoListId",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TodoTaskId",
                table: "FollowUps",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "ToDoSettings",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    ListId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    DeltaLink = table.Column<string>(type: "TEXT", maxLength: 4096, nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToDoSettings", x => new { x.TenantId, x.ObjectId });
                });

            migrationBuilder.CreateTable(
                name: "ToDoTasks",
                columns: table => new
                {
                    TenantId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TaskId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    ListId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    FollowUpId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ToDoTasks", x => new { x.TenantId, x.ObjectId, x.TaskId });
                });

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_TenantId_ObjectId_TodoTaskId",
                table: "FollowUps",
                columns: new[] { "TenantId", "ObjectId", "TodoTaskId" });

            migrationBuilder.CreateIndex(
                name: "IX_ToDoTasks_TenantId_ObjectId_FollowUpId",
                table: "ToDoTasks",
                columns: new[] { "TenantId", "ObjectId", "FollowUpId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ToDoSettings");

            migrationBuilder.DropTable(
                name: "ToDoTasks");

            migrationBuilder.DropIndex(
                name: "IX_FollowUps_TenantId_ObjectId_TodoTaskId",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "TodoListId",
                table: "FollowUps");

            migrationBuilder.DropColumn(
                name: "TodoTaskId",
                table: "FollowUps");
        }
    }
}

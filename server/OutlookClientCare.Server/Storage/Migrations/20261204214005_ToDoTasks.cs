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

            migrationBuilder.CreateIndex(
                name: "IX_FollowUps_TenantId_ObjectId_TodoTaskId",
                table: "FollowUps",
                columns: new[] { "TenantId", "ObjectId", "TodoTaskId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ToDoSettings");

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

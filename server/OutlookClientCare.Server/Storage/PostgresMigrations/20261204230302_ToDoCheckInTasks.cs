using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookClientCare.Server.Storage.PostgresMigrations
{
    /// <inheritdoc />
    public partial class ToDoCheckInTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CheckInClient",
                table: "ToDoTasks",
                type: "character varying(320)",
                maxLength: 320,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "CheckInDueOn",
                table: "ToDoTasks",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "ToDoTasks",
                type: "character varying(2)",
                maxLength: 2,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CheckInClient",
                table: "ToDoTasks");

            migrationBuilder.DropColumn(
                name: "CheckInDueOn",
                table: "ToDoTasks");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "ToDoTasks");
        }
    }
}

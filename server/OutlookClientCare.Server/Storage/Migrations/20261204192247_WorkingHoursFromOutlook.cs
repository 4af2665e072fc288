using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutlookClientCare.Server.Storage.Migrations
{
    /// <inheritdoc />
    public partial class WorkingHoursFromOutlook : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "WorkingHoursFromOutlook",
                table: "BookingUsers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "WorkingHoursFromOutlook",
                table: "BookingUsers");
        }
    }
}

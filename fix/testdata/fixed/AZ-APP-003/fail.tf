resource "azurerm_linux_web_app" "ftp" {
  name = "app-ftp"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    ftps_state = "Disabled" # want: AZ-APP-003 col 18
  }
}

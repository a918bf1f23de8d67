resource "azurerm_linux_web_app" "debug" {
  name = "app-debug"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    remote_debugging_enabled = false # want: AZ-APP-005 col 32
  }
}

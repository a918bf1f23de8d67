resource "azurerm_linux_web_app" "bad" {
  name                = "app-bad"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    cors {
      allowed_origins = ["*"] # want: AZ-APP-007 col 26
    }
  }
}

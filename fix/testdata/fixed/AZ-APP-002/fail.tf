resource "azurerm_linux_web_app" "old" {
  name       = "app-tls10"
  location            = "swedencentral"
  resource_group_name = "rg"
  service_plan_id     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"
  https_only = true

  site_config {
    minimum_tls_version     = "1.2" # want: AZ-APP-002 col 31
    scm_minimum_tls_version = "1.2" # want: AZ-APP-002 col 31
  }
}

# The legacy resource's spelling.
resource "azurerm_app_service" "legacy" {
  name                = "app-legacy"
  location            = "swedencentral"
  resource_group_name = "rg"
  app_service_plan_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.Web/serverFarms/plan"

  site_config {
    min_tls_version = "1.2" # want: AZ-APP-002 col 23
  }
}

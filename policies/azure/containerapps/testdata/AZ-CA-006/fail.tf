resource "azurerm_container_app" "literal" {
  name                         = "ca-literal"
  resource_group_name          = "rg"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env"
  revision_mode                = "Single"

  secret {
    name  = "openai-key"
    value = "0123456789abcdef" # want: AZ-CA-006 col 13
  }

  template {
    container {
      name   = "chat"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.25
      memory = "0.5Gi"
    }
  }
}

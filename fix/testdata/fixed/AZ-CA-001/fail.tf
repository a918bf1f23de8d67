resource "azurerm_container_app" "bad" {
  name                         = "ca-bad"
  resource_group_name          = "rg"
  container_app_environment_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg/providers/Microsoft.App/managedEnvironments/env"
  revision_mode                = "Single"

  template {
    container {
      name   = "chat"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.25
      memory = "0.5Gi"
    }
  }

  ingress {
    target_port = 8080
    allow_insecure_connections = false # want: AZ-CA-001 col 34

    traffic_weight {
      percentage      = 100
      latest_revision = true
    }
  }
}

# AKS Automatic through azapi: the body carries the SKU, and the
# features Automatic preconfigures are not written.
resource "azapi_resource" "automatic" {
  type      = "Microsoft.ContainerService/managedClusters@2025-03-01"
  name      = "aks-automatic"
  location  = "swedencentral"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  identity {
    type = "SystemAssigned"
  }
  body = {
    sku = {
      name = "Automatic"
      tier = "Standard"
    }
    properties = {
      agentPoolProfiles = [
        {
          name  = "systempool"
          mode  = "System"
          count = 3
        }
      ]
    }
  }
}

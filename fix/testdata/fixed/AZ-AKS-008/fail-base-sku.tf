# The Base SKU (AKS Standard) through azapi: the features AKS Automatic
# preconfigures are off unless written.
resource "azapi_resource" "standard" {
  type      = "Microsoft.ContainerService/managedClusters@2025-03-01"
  name      = "aks-standard"
  location  = "swedencentral"
  parent_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg"
  identity {
    type = "SystemAssigned"
  }
  body = {
    sku = {
      name = "Base"
      tier = "Free"
    }
    properties = { # want: AZ-AKS-008 col 18
      agentPoolProfiles = [
        {
          name  = "systempool"
          mode  = "System"
          count = 3
        }
      ]
      securityProfile = {
        workloadIdentity = {
          enabled = true
        }
      }
    }
  }
}

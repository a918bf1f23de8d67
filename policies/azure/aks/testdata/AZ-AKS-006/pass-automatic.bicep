param location string = 'swedencentral'

// AKS Automatic: Entra ID with Azure RBAC, workload identity and the OIDC
// issuer, the Azure Policy add-on and a Cilium data plane come with the SKU.
resource aks 'Microsoft.ContainerService/managedClusters@2025-03-01' = {
  name: 'aks-automatic'
  location: location
  sku: {
    name: 'Automatic'
    tier: 'Standard'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    agentPoolProfiles: [
      {
        name: 'systempool'
        mode: 'System'
        count: 3
      }
    ]
  }
}

param location string = resourceGroup().location

resource cache 'Microsoft.Cache/redis@2024-03-01' = {
  name: 'redis-semantic-cache'
  location: location
  properties: {
    sku: {
      name: 'Premium'
      family: 'P'
      capacity: 1
    }
    publicNetworkAccess: 'Disabled'
  }
}

param location string = resourceGroup().location

resource cache 'Microsoft.Cache/redis@2024-03-01' = {
  name: 'redis-semantic-cache'
  location: location
  properties: { // want: AZ-RED-003 col 15
    sku: {
      name: 'Standard'
      family: 'C'
      capacity: 1
    }
    minimumTlsVersion: '1.2'
    publicNetworkAccess: 'Disabled'
  }
}

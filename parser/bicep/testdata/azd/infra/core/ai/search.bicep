param name string
param location string = resourceGroup().location
param openAiEndpoint string

resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: name
  location: location
  sku: {
    name: 'basic'
  }
  properties: {
    disableLocalAuth: true
    publicNetworkAccess: 'disabled'
  }
  tags: {
    endpoint: openAiEndpoint
  }
}

resource apim 'Microsoft.ApiManagement/service@2024-05-01' existing = {
  name: 'apim-ai-gateway'
}

// The gateway authenticates with its managed identity, in the API policy.
resource openai 'Microsoft.ApiManagement/service/backends@2024-05-01' = {
  parent: apim
  name: 'openai'
  properties: {
    protocol: 'http'
    url: 'https://oai-fabrikam.openai.azure.com/openai'
  }
}

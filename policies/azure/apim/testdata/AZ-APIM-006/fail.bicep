@secure()
param openAiKey string = 'not-a-real-key'

resource apim 'Microsoft.ApiManagement/service@2024-05-01' existing = {
  name: 'apim-ai-gateway'
}

resource openai 'Microsoft.ApiManagement/service/backends@2024-05-01' = {
  parent: apim
  name: 'openai'
  properties: {
    protocol: 'http'
    url: 'https://oai-fabrikam.openai.azure.com/openai'
    credentials: {
      header: {
        'api-key': [ // want: AZ-APIM-006 col 20
          openAiKey
        ]
      }
    }
  }
}

targetScope = 'subscription'

@minLength(1)
@description('Name of the environment, used in every resource name.')
param environmentName string

@description('Primary location for all resources')
param location string

param openAiSkuName string = ''
param disableKeys bool = false

var abbrs = loadJsonContent('abbreviations.json')
var resourceToken = toLower(uniqueString(subscription().id, environmentName, location))
var tags = { 'azd-env-name': environmentName }

resource rg 'Microsoft.Resources/resourceGroups@2021-04-01' = {
  name: '${abbrs.resourcesResourceGroups}${environmentName}'
  location: location
  tags: tags
}

module openAi 'core/ai/cognitiveservices.bicep' = {
  name: 'openai'
  scope: rg
  params: {
    name: '${abbrs.cognitiveServicesAccounts}${resourceToken}'
    location: location
    tags: tags
    sku: {
      name: !empty(openAiSkuName) ? openAiSkuName : 'S0'
    }
    disableLocalAuth: disableKeys
    deployments: [
      {
        name: 'chat'
        model: {
          format: 'OpenAI'
          name: 'gpt-4o'
        }
      }
    ]
  }
}

module search 'core/ai/search.bicep' = {
  name: 'search'
  scope: rg
  params: {
    name: 'srch-${resourceToken}'
    location: location
    openAiEndpoint: openAi.outputs.endpoint
  }
}

output AZURE_OPENAI_ENDPOINT string = openAi.outputs.endpoint

// The model and data layer of the chat platform, in Bicep. main.json is
// its compiled ARM template (bicep build main.bicep); posture scans this
// source and leaves the compiled template to it. Written for posture's
// examples; it contains deliberate misconfigurations.

@description('Short name used in every resource name.')
param prefix string = 'contoso'

param location string = resourceGroup().location

@description('Allow API keys on the model endpoint (should be false).')
param allowKeys bool = true

resource openai 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: 'oai-${prefix}'
  location: location
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    customSubDomainName: 'oai-${prefix}'
    publicNetworkAccess: 'Disabled'
    disableLocalAuth: !allowKeys
  }
}

resource docs 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'st${prefix}docs'
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    allowBlobPublicAccess: false
    supportsHttpsTrafficOnly: true
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: 'kv-${prefix}-cmk'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'premium'
    }
    enableRbacAuthorization: true
    enablePurgeProtection: true
  }
}

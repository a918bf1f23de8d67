// A retrieval-augmented chat platform: every construct posture must read.
metadata description = 'Azure OpenAI with AI Search and a key vault'
targetScope = 'resourceGroup'

import * as shared from 'shared.bicep'
import { tagsType, skuName as sku } from 'shared.bicep'
extension microsoftGraphV1

@description('Location of every resource.')
param location string = resourceGroup().location

@allowed([
  'S0'
  'S1'
])
param openAiSku string = 'S0'

@secure()
@minLength(12)
param adminPassword string

@minValue(1)
@maxValue(10)
param replicaCount int = 1

param allowKeys bool = false
param tags tagsType = {}
param deployments shared.deployment[] = []
param principalId string?
param subnetIds array = []

@sys.description('Network access: Disabled unless told otherwise.')
param publicNetworkAccess 'Enabled' | 'Disabled' = 'Disabled'

var prefix = 'oai-${uniqueString(resourceGroup().id)}'
var isProd = contains(tags, 'env') && tags.env == 'prod'
var searchSku = isProd ? 'standard' : 'basic'
var defaultTags = {
  ...tags
  managedBy: 'posture'
}
var names = map(deployments, d => d.name)
var ruleSet = [for (id, i) in subnetIds: {
  id: id
  ignoreMissingVnetServiceEndpoint: i > 0
}]
var sum = reduce(range(0, 5), 0, (acc, n) => acc + n * 2 % 3)
var script = '''
#!/bin/sh
echo "it's ${not interpolated}"
'''

resource openAi 'Microsoft.CognitiveServices/accounts@2024-10-01' = {
  name: prefix
  location: location
  kind: 'OpenAI'
  sku: { name: openAiSku }
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    customSubDomainName: toLower(prefix)
    disableLocalAuth: !allowKeys // posture: the finding goes here
    publicNetworkAccess: publicNetworkAccess
    networkAcls: {
      defaultAction: 'Deny'
      virtualNetworkRules: ruleSet
      ipRules: []
    }
  }
  tags: defaultTags

  @batchSize(1)
  resource deployment 'deployments' = [for d in deployments: {
    name: d.name
    sku: {
      name: 'Standard'
      capacity: d.?capacity ?? 10
    }
    properties: {
      model: d.model
    }
  }]
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' existing = {
  name: 'kv-${prefix}'
  scope: resourceGroup(subscription().subscriptionId, 'rg-shared')
}

resource search 'Microsoft.Search/searchServices@2023-11-01' = if (replicaCount > 0) {
  name: '${prefix}-search'
  location: location
  sku: {
    name: searchSku
  }
  properties: {
    replicaCount: replicaCount
    disableLocalAuth: true
    authOptions: null
    'public-access': publicNetworkAccess == 'Enabled' ? 'enabled' : 'disabled'
  }
}

resource secret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'admin'
  properties: {
    value: adminPassword
  }
}

resource roles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (id, i) in subnetIds: if (principalId != null) {
  name: guid(openAi.id, id, string(i))
  scope: openAi
  properties: {
    principalId: principalId!
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd')
  }
}]

module network './modules/network.bicep' = {
  name: 'network'
  params: {
    location: location
    tags: union(defaultTags, { tier: 'net' })
  }
}

module registry 'br/public:avm/res/container-registry/registry:0.1.0' = if (isProd) {
  scope: resourceGroup('rg-acr')
  params: {
    name: 'acr${uniqueString(resourceGroup().id)}'
  }
}

module spec 'ts:00000000-0000-0000-0000-000000000000/rg/spec:1.0' = [for i in range(0, replicaCount): {
  name: 'spec-${i}'
}]

@export()
type endpoint = {
  @description('Host name')
  host: string
  port: int?
  *: string
}

@discriminator('kind')
type target = { kind: 'a', a: int } | { kind: 'b', b: string }

func endpointUrl(e endpoint) string => 'https://${e.host}:${e.?port ?? 443}'

output endpoint string = openAi.properties.endpoint
output deploymentNames array = [for (d, i) in deployments: '${i}:${d.name}']
output searchId string = search.id
output subnet string = network.outputs.subnetIds[^1]
output firstKey string? = names[?0]
output child string = openAi::deployment[0].name

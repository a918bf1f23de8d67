using './ai.bicep'

param location = 'westeurope'
param openAiSku = 'S0'
param adminPassword = readEnvironmentVariable('ADMIN_PASSWORD', '')
param replicaCount = 2
param tags = {
  env: 'prod'
  owner: 'ai-platform'
}
param deployments = [
  { name: 'gpt-4o', model: { format: 'OpenAI', name: 'gpt-4o', version: '2024-08-06' } }
]
var base = 'x'
param subnetIds = [
  '/subscriptions/${base}/subnets/a'
]

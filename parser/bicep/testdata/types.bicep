@export()
@sealed()
type deployment = {
  name: string
  model: {
    format: 'OpenAI'
    name: string
    version: string
  }
  capacity: int?
}

type skuName =
  | 'S0'
  | 'S1'

type pair = [string, int]
type names = string[]
type maybe = (string | int)?
type negative = -1 | -2
type flag = true | false | null
type props = resourceInput<'Microsoft.Storage/storageAccounts@2023-05-01'>.properties
type item = pair[0]
type elems = names[*]
type extra = deployment.*
type modelName = deployment.model.name

@export()
var regions = ['westeurope', 'swedencentral']

@export()
func double(n int) int => n * 2

assert small = length(regions) < 5

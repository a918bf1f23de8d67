param ok1 string

resource r 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: 'x'
  properties: {
    allowBlobPublicAccess true
  }
}

var ok2 = 'still read'
var bad = concat('a',
output ok3 string = ok2
var s = 'unterminated
param ok4 int = 1

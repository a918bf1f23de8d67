keys = {
  enabled = false # the batch importer still signs with a key
  rotate  = true
}

keys = {
  enabled = true # the batch importer still signs with a key
  rotate  = true
}

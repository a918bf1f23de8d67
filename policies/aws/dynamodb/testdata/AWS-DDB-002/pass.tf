resource "aws_kms_key" "ddb" {
  description         = "dynamodb"
  enable_key_rotation = true
}

resource "aws_dynamodb_table" "history" {
  name     = "chat-history"
  hash_key = "session"

  attribute {
    name = "session"
    type = "S"
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.ddb.arn
  }
}

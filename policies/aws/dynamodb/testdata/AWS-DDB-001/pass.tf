resource "aws_dynamodb_table" "history" {
  name         = "chat-history"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "session"

  attribute {
    name = "session"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }
}

resource "aws_cloudfront_distribution" "chat" {
  enabled = true

  logging_config {
    bucket = "cf-logs.s3.amazonaws.com"
  }

  default_cache_behavior {
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }
}

resource "aws_cloudfront_distribution" "v2" {
  enabled = true

  default_cache_behavior {
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }
}

resource "aws_cloudwatch_log_delivery_source" "v2" {
  name         = "chat-access"
  log_type     = "ACCESS_LOGS"
  resource_arn = aws_cloudfront_distribution.v2.arn
}

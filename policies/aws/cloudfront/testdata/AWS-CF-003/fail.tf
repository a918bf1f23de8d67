resource "aws_cloudfront_distribution" "chat" { # want: AWS-CF-003 col 1
  enabled = true

  default_cache_behavior {
    target_origin_id       = "chat"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    viewer_protocol_policy = "https-only"
  }
}

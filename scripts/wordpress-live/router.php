<?php
// php -S router: Debian's wp-config.php picks /etc/wordpress/config-<WORDPRESS_CONFIG>.php; uploads are
// served from the test's own wp-content; everything that is not a file goes to index.php (pretty permalinks, /wp-json/).
$_SERVER['WORDPRESS_CONFIG'] = getenv('DATELINE_WP_CONFIG');
file_put_contents(getenv('DATELINE_WP_REQUESTS'), $_SERVER['REQUEST_URI'] . "\n", FILE_APPEND);
$path = urldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
if (str_starts_with($path, '/wp-content/uploads/') && !str_contains($path, '..')) {
  $file = getenv('DATELINE_WP_CONTENT') . substr($path, strlen('/wp-content'));
  if (!is_file($file)) {
    http_response_code(404);
    return true;
  }
  header('Content-Type: ' . (mime_content_type($file) ?: 'application/octet-stream'));
  header('Content-Length: ' . filesize($file));
  readfile($file);
  return true;
}
if ($path !== '/' && is_file('/usr/share/wordpress' . $path)) return false;
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
require '/usr/share/wordpress/index.php';

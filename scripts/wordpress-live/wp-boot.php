<?php
// Loads WordPress for a command-line helper, with the test's config (see router.php).
$_SERVER['WORDPRESS_CONFIG'] = getenv('DATELINE_WP_CONFIG');
$_SERVER['HTTP_HOST'] = '127.0.0.1';
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
// No mail leaves the test (wp_install tells the admin): wp_mail is pluggable.
function wp_mail(): bool {
  return true;
}
require '/usr/share/wordpress/wp-load.php';

/** A small PNG drawn with GD, as a WordPress attachment; returns its id. */
function dateline_image(string $name, array $rgb): int {
  require_once ABSPATH . 'wp-admin/includes/image.php';
  $im = imagecreatetruecolor(64, 40);
  imagefill($im, 0, 0, imagecolorallocate($im, $rgb[0], $rgb[1], $rgb[2]));
  ob_start();
  imagepng($im);
  $upload = wp_upload_bits($name, null, ob_get_clean());
  if ($upload['error']) throw new Exception("upload of $name failed: " . $upload['error']);
  $id = wp_insert_attachment(['post_mime_type' => 'image/png', 'post_title' => $name, 'post_status' => 'inherit'], $upload['file']);
  wp_update_attachment_metadata($id, wp_generate_attachment_metadata($id, $upload['file']));
  return $id;
}

/** wp_insert_post, failing loudly. */
function dateline_post(array $post): int {
  $id = wp_insert_post($post + ['post_status' => 'publish', 'post_author' => 1], true);
  if (is_wp_error($id)) throw new Exception('wp_insert_post failed: ' . $id->get_error_message());
  return $id;
}

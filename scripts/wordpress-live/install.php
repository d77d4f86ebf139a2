<?php
// Installs WordPress into the empty database, with pretty permalinks, and creates the first posts.
define('WP_INSTALLING', true);
require __DIR__ . '/wp-boot.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
$result = wp_install('Harbour Ledger Live', 'editor', 'editor@example.org', true, '', 'not-a-real-password-42');
if (is_wp_error($result)) throw new Exception('wp_install failed: ' . $result->get_error_message());
wp_delete_post(1, true); // "Hello world!"
wp_update_user(['ID' => 1, 'display_name' => 'Mina Harbour']);
update_option('permalink_structure', '/%year%/%monthnum%/%postname%/');
flush_rewrite_rules(true);

$harbour = wp_insert_term('Harbour', 'category', ['slug' => 'harbour']);
$ferries = wp_insert_term('Ferries', 'post_tag', ['slug' => 'ferries']);
$cat = [$harbour['term_id']];
$tag = [$ferries['term_id']];
$hero = dateline_image('ferry.png', [20, 90, 160]);
$inline = dateline_image('quay.png', [200, 120, 40]);
$inline_url = wp_get_attachment_url($inline);

$first = dateline_post(['post_name' => 'night-ferries-return', 'post_title' => 'Night ferries return to the harbour', 'post_content' => "<p>The night ferries are back after a winter away.</p>\n<p>Crews start on Friday.</p>", 'post_category' => $cat, 'tags_input' => $tag]);
set_post_thumbnail($first, $hero);
dateline_post(['post_name' => 'harbour-budget', 'post_title' => 'Council passes the harbour budget', 'post_content' => '<p>The council voted for the new harbour budget on Tuesday night.</p>', 'post_category' => $cat, 'tags_input' => $tag]);
$market = dateline_post(['post_name' => 'market-delayed', 'post_title' => 'Spring night market delayed', 'post_content' => "<p>The market opens a week late this year.</p>\n<figure class=\"wp-block-image\"><img src=\"$inline_url\" alt=\"The quay at dusk\" width=\"64\" height=\"40\"/></figure>", 'post_category' => $cat, 'tags_input' => $tag]);
set_post_thumbnail($market, $hero);
dateline_post(['post_name' => 'choir', 'post_title' => 'School choir sings in three languages', 'post_content' => '<p>The school choir performed in three languages at the town hall.</p>', 'post_category' => $cat]);
echo "WordPress installed: 4 posts\n";

-- dialect: mysql
-- expect: parses-and-runs=pass, primary-keys=pass, fk-indexed=pass, not-null=pass, money-type=pass
-- feedback: fk-indexed: InnoDB creates an index for every foreign key
SET NAMES utf8mb4;
CREATE TABLE `restaurants` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT,
  `name` VARCHAR(120) NOT NULL COMMENT 'display name',
  `kind` ENUM('veg', 'non-veg') NOT NULL DEFAULT 'veg',
  `updated_at` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
CREATE TABLE `items` (
  `id` INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `restaurant_id` INT UNSIGNED NOT NULL,
  `name` VARCHAR(120) NOT NULL,
  `price` DECIMAL(10, 2) NOT NULL
) ENGINE=InnoDB;
ALTER TABLE `items` ADD CONSTRAINT `fk_items_restaurant` FOREIGN KEY (`restaurant_id`) REFERENCES `restaurants` (`id`);

-- refused: current_setting
-- dialect: postgres
SELECT current_setting('memory_limit')

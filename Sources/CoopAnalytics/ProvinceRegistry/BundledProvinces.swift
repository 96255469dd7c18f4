// Generated from shared/data/provinces.csv; a test checks the two stay identical.
// Bundled as source so the tool needs no external file (nor a resource bundle) at run time.
enum BundledProvinces {
    static let csv = #"""
        code,name,ascii_name,valid_from,valid_to,successor_code,region
        01,Hà Nội,Ha Noi,,,,Đồng bằng sông Hồng
        02,Hà Giang,Ha Giang,,2025-06-30,08,Trung du và miền núi phía Bắc
        04,Cao Bằng,Cao Bang,,,,Trung du và miền núi phía Bắc
        06,Bắc Kạn,Bac Kan,,2025-06-30,19,Trung du và miền núi phía Bắc
        08,Tuyên Quang,Tuyen Quang,,2025-06-30,08,Trung du và miền núi phía Bắc
        10,Lào Cai,Lao Cai,,2025-06-30,15,Trung du và miền núi phía Bắc
        11,Điện Biên,Dien Bien,,,,Trung du và miền núi phía Bắc
        12,Lai Châu,Lai Chau,,,,Trung du và miền núi phía Bắc
        14,Sơn La,Son La,,,,Trung du và miền núi phía Bắc
        15,Yên Bái,Yen Bai,,2025-06-30,15,Trung du và miền núi phía Bắc
        17,Hòa Bình,Hoa Binh,,2025-06-30,25,Trung du và miền núi phía Bắc
        19,Thái Nguyên,Thai Nguyen,,2025-06-30,19,Trung du và miền núi phía Bắc
        20,Lạng Sơn,Lang Son,,,,Trung du và miền núi phía Bắc
        22,Quảng Ninh,Quang Ninh,,,,Đồng bằng sông Hồng
        24,Bắc Giang,Bac Giang,,2025-06-30,24,Trung du và miền núi phía Bắc
        25,Phú Thọ,Phu Tho,,2025-06-30,25,Trung du và miền núi phía Bắc
        26,Vĩnh Phúc,Vinh Phuc,,2025-06-30,25,Đồng bằng sông Hồng
        27,Bắc Ninh,Bac Ninh,,2025-06-30,24,Đồng bằng sông Hồng
        30,Hải Dương,Hai Duong,,2025-06-30,31,Đồng bằng sông Hồng
        31,Hải Phòng,Hai Phong,,2025-06-30,31,Đồng bằng sông Hồng
        33,Hưng Yên,Hung Yen,,2025-06-30,33,Đồng bằng sông Hồng
        34,Thái Bình,Thai Binh,,2025-06-30,33,Đồng bằng sông Hồng
        35,Hà Nam,Ha Nam,,2025-06-30,37,Đồng bằng sông Hồng
        36,Nam Định,Nam Dinh,,2025-06-30,37,Đồng bằng sông Hồng
        37,Ninh Bình,Ninh Binh,,2025-06-30,37,Đồng bằng sông Hồng
        38,Thanh Hóa,Thanh Hoa,,,,Bắc Trung Bộ và duyên hải miền Trung
        40,Nghệ An,Nghe An,,,,Bắc Trung Bộ và duyên hải miền Trung
        42,Hà Tĩnh,Ha Tinh,,,,Bắc Trung Bộ và duyên hải miền Trung
        44,Quảng Bình,Quang Binh,,2025-06-30,44,Bắc Trung Bộ và duyên hải miền Trung
        45,Quảng Trị,Quang Tri,,2025-06-30,44,Bắc Trung Bộ và duyên hải miền Trung
        46,Huế,Hue,,,,Bắc Trung Bộ và duyên hải miền Trung
        48,Đà Nẵng,Da Nang,,2025-06-30,48,Bắc Trung Bộ và duyên hải miền Trung
        49,Quảng Nam,Quang Nam,,2025-06-30,48,Bắc Trung Bộ và duyên hải miền Trung
        51,Quảng Ngãi,Quang Ngai,,2025-06-30,51,Bắc Trung Bộ và duyên hải miền Trung
        52,Bình Định,Binh Dinh,,2025-06-30,52,Bắc Trung Bộ và duyên hải miền Trung
        54,Phú Yên,Phu Yen,,2025-06-30,66,Bắc Trung Bộ và duyên hải miền Trung
        56,Khánh Hòa,Khanh Hoa,,2025-06-30,56,Bắc Trung Bộ và duyên hải miền Trung
        58,Ninh Thuận,Ninh Thuan,,2025-06-30,56,Bắc Trung Bộ và duyên hải miền Trung
        60,Bình Thuận,Binh Thuan,,2025-06-30,68,Bắc Trung Bộ và duyên hải miền Trung
        62,Kon Tum,Kon Tum,,2025-06-30,51,Tây Nguyên
        64,Gia Lai,Gia Lai,,2025-06-30,52,Tây Nguyên
        66,Đắk Lắk,Dak Lak,,2025-06-30,66,Tây Nguyên
        67,Đắk Nông,Dak Nong,,2025-06-30,68,Tây Nguyên
        68,Lâm Đồng,Lam Dong,,2025-06-30,68,Tây Nguyên
        70,Bình Phước,Binh Phuoc,,2025-06-30,75,Đông Nam Bộ
        72,Tây Ninh,Tay Ninh,,2025-06-30,80,Đông Nam Bộ
        74,Bình Dương,Binh Duong,,2025-06-30,79,Đông Nam Bộ
        75,Đồng Nai,Dong Nai,,2025-06-30,75,Đông Nam Bộ
        77,Bà Rịa - Vũng Tàu,Ba Ria - Vung Tau,,2025-06-30,79,Đông Nam Bộ
        79,Hồ Chí Minh,Ho Chi Minh,,2025-06-30,79,Đông Nam Bộ
        80,Long An,Long An,,2025-06-30,80,Đồng bằng sông Cửu Long
        82,Tiền Giang,Tien Giang,,2025-06-30,82,Đồng bằng sông Cửu Long
        83,Bến Tre,Ben Tre,,2025-06-30,86,Đồng bằng sông Cửu Long
        84,Trà Vinh,Tra Vinh,,2025-06-30,86,Đồng bằng sông Cửu Long
        86,Vĩnh Long,Vinh Long,,2025-06-30,86,Đồng bằng sông Cửu Long
        87,Đồng Tháp,Dong Thap,,2025-06-30,82,Đồng bằng sông Cửu Long
        89,An Giang,An Giang,,2025-06-30,91,Đồng bằng sông Cửu Long
        91,Kiên Giang,Kien Giang,,2025-06-30,91,Đồng bằng sông Cửu Long
        92,Cần Thơ,Can Tho,,2025-06-30,92,Đồng bằng sông Cửu Long
        93,Hậu Giang,Hau Giang,,2025-06-30,92,Đồng bằng sông Cửu Long
        94,Sóc Trăng,Soc Trang,,2025-06-30,92,Đồng bằng sông Cửu Long
        95,Bạc Liêu,Bac Lieu,,2025-06-30,96,Đồng bằng sông Cửu Long
        96,Cà Mau,Ca Mau,,2025-06-30,96,Đồng bằng sông Cửu Long
        08,Tuyên Quang,Tuyen Quang,2025-07-01,,,
        15,Lào Cai,Lao Cai,2025-07-01,,,
        19,Thái Nguyên,Thai Nguyen,2025-07-01,,,
        24,Bắc Ninh,Bac Ninh,2025-07-01,,,
        25,Phú Thọ,Phu Tho,2025-07-01,,,
        31,Hải Phòng,Hai Phong,2025-07-01,,,
        33,Hưng Yên,Hung Yen,2025-07-01,,,
        37,Ninh Bình,Ninh Binh,2025-07-01,,,
        44,Quảng Trị,Quang Tri,2025-07-01,,,
        48,Đà Nẵng,Da Nang,2025-07-01,,,
        51,Quảng Ngãi,Quang Ngai,2025-07-01,,,
        52,Gia Lai,Gia Lai,2025-07-01,,,
        56,Khánh Hòa,Khanh Hoa,2025-07-01,,,
        66,Đắk Lắk,Dak Lak,2025-07-01,,,
        68,Lâm Đồng,Lam Dong,2025-07-01,,,
        75,Đồng Nai,Dong Nai,2025-07-01,,,
        79,Hồ Chí Minh,Ho Chi Minh,2025-07-01,,,
        80,Tây Ninh,Tay Ninh,2025-07-01,,,
        82,Đồng Tháp,Dong Thap,2025-07-01,,,
        86,Vĩnh Long,Vinh Long,2025-07-01,,,
        91,An Giang,An Giang,2025-07-01,,,
        92,Cần Thơ,Can Tho,2025-07-01,,,
        96,Cà Mau,Ca Mau,2025-07-01,,,
        """#
}

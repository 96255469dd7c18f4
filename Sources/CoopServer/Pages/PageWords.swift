import CoopAnalytics
import CoopFigures
import CoopFormatting
import Mustache

/// Every word the browser app shows — on its pages, in its script (handed over as JSON) and in its API
/// help — in Vietnamese and English, side by side for a reviewer. Nothing else in the app chooses words
/// by language; the messages of the engine (file, line, what is wrong) are the command line's own.
struct PageWords: Vocabulary, MustacheParent {
    let language: Language

    static func `for`(_ language: Language) -> PageWords { PageWords(language: language) }

    /// The name of each phrase the pages, the script and the API help use; `{{words.NAME}}` in a template.
    enum Key: String, CaseIterable, Sendable {
        case tagline, skipToContent, stepsLabel, otherLanguage, otherLanguageLabel, logout, needsScript, apiHelpLink
        case stepData, stepChart, stepRank, stepReport, stepNeedsData, dataTitle, dataIntro, chooseFiles, dropHint
        case chosenFiles, noFileChosen, tableYear, tableYearHint, upload, uploading, uploadRefused, uploadTooLarge
        case requestFailed, filesRead, fileName, fileKind, kindData, kindCluster, rows, periods, provinces, layout
        case layoutLong, layoutWide, layoutOffice, layoutCluster, findings, noFindings, levelError, levelWarning, location
        case message, summaryLine, cluster, noCluster, builtInCluster, uploadedCluster, continueToChart, deleteDataset
        case deleted, expiryNote, newUpload, datasetGone, chartTitle, chartKind, indicator, indicators, xIndicator
        case yIndicator, bubbleIndicator, none, period, fromPeriod, toPeriod, order, orderRegistry, orderValue, orderName
        case percent, size, theme, chartLanguage, draw, preview, previewAlt, previewUpdating, download, downloadAs
        case rankTitle, rankIntro, schemeFile, schemeText, schemeYear, score, scoring, schemeErrors, lineLabel, scorecard
        case explanation, explainProvince, robustness, draws, drawRobustness, robustnessAlt, downloads, downloadCSV
        case downloadJSON, downloadScorecardPDF, downloadWorkbook, makeWordReport, makeSlides, rankColumn, provinceColumn, totalColumn, adjustmentsColumn,
            awardColumn
        case flagsColumn, notes, reportTitle, reportIntro, reportLanguage, pageSize, reportHeading, organisation
        case reportDate, makeReport, makeFigures, making, made, noScheme, loginTitle, loginIntro, password, loginButton
        case loginFailed, loginThrottled, errorTitle, notFound, backToStart, apiTitle, apiIntro, apiMethod, apiPath
        case apiDoes, apiStatuses, apiUpload, apiDataset, apiDelete, apiChart, apiRank, apiReport, apiHelp
        case mapClasses, classRule, classQuantiles, classNice, breaks, midpoint, growth, zoom, zoomCountry, zoomCluster
        case filePeriod, filePeriodHint, figuresTitle, figuresIntro, figuresPeriod, figureMissing, figureFrom, figureSource, figureNote
        case totalsTitle, totalRow, skippedTitle, readAs, findingsMore, findingsPage, previousPage, nextPage, notesTitle
        case useExample, exampleLoaded, downloadsUnavailable, figuresLegend, noFigures, errorsAndWarnings, apiFigures
    }

    /// The phrase `key` in this language; the switch is exhaustive, so no phrase lacks a translation.
    func callAsFunction(_ key: Key) -> String {
        switch key {
        case .tagline:
            return pick(
                "Số liệu kinh tế tập thể: kiểm tra, biểu đồ, xếp hạng thi đua, báo cáo",
                "Cooperative-economy figures: checks, charts, emulation rankings, reports")
        case .skipToContent: return pick("Bỏ qua, đến nội dung chính", "Skip to the main content")
        case .stepsLabel: return pick("Các bước", "Steps")
        case .otherLanguage: return pick("English", "Tiếng Việt")
        case .otherLanguageLabel: return pick("Chuyển sang tiếng Anh", "Switch to Vietnamese")
        case .logout: return pick("Đăng xuất", "Log out")
        case .needsScript:
            return pick(
                "Trang này cần JavaScript để tải tệp lên và gửi yêu cầu. Hãy bật JavaScript trong trình duyệt.",
                "This page needs JavaScript to upload files and send requests. Turn JavaScript on in the browser.")
        case .apiHelpLink: return pick("Giao diện lập trình (API)", "Programming interface (API)")
        case .stepData: return pick("Dữ liệu", "Data")
        case .stepChart: return pick("Biểu đồ", "Chart")
        case .stepRank: return pick("Xếp hạng", "Ranking")
        case .stepReport: return pick("Báo cáo", "Report")
        case .stepNeedsData: return pick("Tải dữ liệu lên trước", "Upload data first")
        case .dataTitle: return pick("Dữ liệu", "Data")
        case .dataIntro:
            return pick(
                "Chọn hoặc kéo thả các tệp số liệu: CSV, hoặc sổ tính Excel và LibreOffice (.xlsx, .ods, .xls); có thể chọn nhiều tệp một lúc, chúng được đọc thành một bộ số liệu. Có thể thêm tệp cụm thi đua (.yaml).",
                "Choose or drop the data files: CSV, or Excel and LibreOffice workbooks (.xlsx, .ods, .xls); several files at once are read as one dataset. A cluster file (.yaml) may be added."
            )
        case .chooseFiles: return pick("Chọn tệp", "Choose files")
        case .dropHint: return pick("…hoặc kéo thả tệp vào đây", "…or drop files here")
        case .chosenFiles: return pick("Tệp đã chọn", "Files chosen")
        case .noFileChosen: return pick("Chưa chọn tệp nào.", "No file chosen.")
        case .tableYear:
            return pick(
                "Kỳ — của mọi bảng không ghi năm và chưa có kỳ riêng (nếu có)",
                "Period — of every table that names no year and has no period of its own (if any)")
        case .tableYearHint: return pick("Ví dụ 2023 hoặc 2023-H1", "For example 2023 or 2023-H1")
        case .upload: return pick("Tải lên và kiểm tra", "Upload and check")
        case .uploading: return pick("Đang tải lên và kiểm tra…", "Uploading and checking…")
        case .uploadRefused:
            return pick(
                "Không đọc được số liệu; không có gì được lưu. Sửa các lỗi dưới đây rồi tải lại.",
                "The data could not be read; nothing was kept. Correct the errors below and upload again.")
        case .uploadTooLarge: return pick("Tệp quá lớn", "File too large")
        case .requestFailed: return pick("Yêu cầu không thành công", "The request failed")
        case .filesRead: return pick("Các tệp đã đọc", "Files read")
        case .fileName: return pick("Tệp", "File")
        case .fileKind: return pick("Loại", "Kind")
        case .kindData: return pick("số liệu", "data")
        case .kindCluster: return pick("cụm thi đua", "cluster")
        case .rows: return pick("Số liệu đọc được", "Figures read")
        case .periods: return pick("Kỳ", "Periods")
        case .provinces: return pick("Tỉnh", "Provinces")
        case .layout: return pick("Cách đọc", "Read as")
        case .layoutLong: return pick("bảng dọc (tỉnh, năm, chỉ tiêu, giá trị)", "long table (province, year, indicator, value)")
        case .layoutWide: return pick("bảng ngang (mỗi chỉ tiêu một cột)", "wide table (one column per indicator)")
        case .layoutOffice: return pick("bảng theo mẫu văn phòng", "office table")
        case .layoutCluster: return pick("danh sách thành viên cụm", "list of cluster members")
        case .findings: return pick("Kết quả kiểm tra", "Findings")
        case .noFindings: return pick("Không có lỗi hay cảnh báo nào.", "No errors and no warnings.")
        case .levelError: return pick("Lỗi", "Error")
        case .levelWarning: return pick("Cảnh báo", "Warning")
        case .location: return pick("Vị trí", "Location")
        case .message: return pick("Nội dung", "Message")
        case .summaryLine:
            return pick(
                "{errors} lỗi, {warnings} cảnh báo trong {files} tệp ({figures} số liệu)",
                "{errors} errors, {warnings} warnings in {files} files ({figures} figures)")
        case .cluster: return pick("Cụm thi đua", "Cluster")
        case .noCluster: return pick("Không giới hạn (mọi tỉnh có số liệu)", "No limit (every province with a figure)")
        case .builtInCluster: return pick("có sẵn", "built in")
        case .uploadedCluster: return pick("tệp đã tải lên", "uploaded file")
        case .continueToChart: return pick("Tiếp: vẽ biểu đồ", "Next: draw a chart")
        case .deleteDataset: return pick("Xoá bộ số liệu này", "Delete this dataset")
        case .deleted: return pick("Đã xoá bộ số liệu.", "The dataset was deleted.")
        case .expiryNote:
            return pick(
                "Bộ số liệu được giữ trong bộ nhớ máy chủ và tự xoá sau 2 giờ không dùng.",
                "The dataset is kept in the server's memory and removed after 2 hours unused.")
        case .newUpload: return pick("Tải bộ số liệu khác", "Upload another dataset")
        case .datasetGone:
            return pick(
                "Bộ số liệu này không còn (đã xoá hoặc quá 2 giờ không dùng). Hãy tải lại các tệp.",
                "This dataset is gone (deleted, or unused for 2 hours). Upload the files again.")
        case .chartTitle: return pick("Biểu đồ", "Chart")
        case .chartKind: return pick("Loại biểu đồ", "Kind of chart")
        case .indicator: return pick("Chỉ tiêu", "Indicator")
        case .indicators: return pick("Các chỉ tiêu", "Indicators")
        case .xIndicator: return pick("Chỉ tiêu trục ngang", "Indicator across")
        case .yIndicator: return pick("Chỉ tiêu trục dọc", "Indicator up")
        case .bubbleIndicator: return pick("Chỉ tiêu quyết định cỡ điểm", "Indicator sizing the points")
        case .none: return pick("(không)", "(none)")
        case .period: return pick("Kỳ", "Period")
        case .fromPeriod: return pick("Từ năm", "From")
        case .toPeriod: return pick("Đến năm", "To")
        case .order: return pick("Thứ tự cột", "Order of the columns")
        case .orderRegistry: return pick("theo danh mục tỉnh", "registry order")
        case .orderValue: return pick("giá trị cao nhất trước", "highest first")
        case .orderName: return pick("theo tên", "by name")
        case .percent: return pick("Mỗi cột là 100 %", "Each stack as 100 %")
        case .mapClasses: return pick("Số lớp", "Classes")
        case .classRule: return pick("Cách chia lớp", "Class rule")
        case .classQuantiles: return pick("phân vị (số tỉnh mỗi lớp gần bằng nhau)", "quantiles (about as many provinces in each)")
        case .classNice: return pick("cách đều, mốc tròn", "equal, round edges")
        case .breaks: return pick("Ngưỡng lớp (tuỳ chọn, vd. 10,20,50)", "Class breaks (optional, e.g. 10,20,50)")
        case .midpoint: return pick("Giữa thang hai màu (tuỳ chọn, vd. 100)", "Centre of a two-hue scale (optional, e.g. 100)")
        case .growth: return pick("Tăng/giảm so với kỳ trước (%)", "Change on the previous period (%)")
        case .zoom: return pick("Khung bản đồ", "Map frame")
        case .zoomCountry: return pick("cả nước", "the whole country")
        case .zoomCluster: return pick("phóng to cụm (cần chọn cụm)", "the cluster (choose one)")
        case .size: return pick("Khổ", "Size")
        case .theme: return pick("Kiểu trình bày", "Theme")
        case .chartLanguage: return pick("Ngôn ngữ của biểu đồ", "Language of the chart")
        case .draw: return pick("Vẽ", "Draw")
        case .preview: return pick("Xem trước", "Preview")
        case .previewAlt: return pick("Xem trước biểu đồ", "Preview of the chart")
        case .previewUpdating: return pick("Đang vẽ…", "Drawing…")
        case .download: return pick("Tải về", "Download")
        case .downloadAs: return pick("Tải biểu đồ về dạng", "Download the chart as")
        case .rankTitle: return pick("Xếp hạng thi đua", "Emulation ranking")
        case .rankIntro:
            return pick(
                "Tải lên tệp cách chấm điểm (YAML) hoặc viết vào ô dưới đây: các tiêu chí, điểm tối đa, cách tính, điểm cộng trừ, thứ tự phân định và danh hiệu.",
                "Upload the scoring scheme (YAML) or write it below: the criteria, their maximum points and methods, bonus and penalty points, the tie-break order and the awards."
            )
        case .schemeFile: return pick("Tệp cách chấm điểm (.yaml)", "Scheme file (.yaml)")
        case .schemeText: return pick("Cách chấm điểm", "Scoring scheme")
        case .schemeYear: return pick("Kỳ chấm điểm (để trống: theo tệp cách chấm)", "Period scored (empty: the scheme's)")
        case .score: return pick("Chấm điểm", "Score")
        case .scoring: return pick("Đang chấm điểm…", "Scoring…")
        case .schemeErrors: return pick("Lỗi trong cách chấm điểm", "Errors in the scheme")
        case .lineLabel: return pick("Dòng {line}", "Line {line}")
        case .scorecard: return pick("Bảng điểm", "Scorecard")
        case .explanation: return pick("Giải thích điểm của một tỉnh", "How a province's points were computed")
        case .explainProvince: return pick("Tỉnh", "Province")
        case .robustness: return pick("Độ vững của thứ hạng", "Robustness of the ranking")
        case .draws: return pick("Số lần rút ngẫu nhiên", "Random draws")
        case .drawRobustness: return pick("Vẽ biểu đồ độ vững", "Draw the robustness chart")
        case .robustnessAlt: return pick("Biểu đồ độ vững của thứ hạng", "Robustness chart of the ranking")
        case .downloads: return pick("Tải về", "Downloads")
        case .downloadCSV: return pick("Bảng điểm CSV (Excel)", "Scorecard CSV (Excel)")
        case .downloadJSON: return pick("Bảng điểm JSON", "Scorecard JSON")
        case .downloadScorecardPDF: return pick("Bảng điểm PDF", "Scorecard PDF")
        case .downloadWorkbook: return pick("Bảng điểm Excel (.xlsx, có công thức)", "Scorecard workbook (.xlsx, with formulas)")
        case .makeWordReport: return pick("Tạo báo cáo Word (.docx)", "Make the Word report (.docx)")
        case .makeSlides: return pick("Tạo bài trình chiếu hội nghị (.pptx)", "Make the conference slides (.pptx)")
        case .rankColumn: return pick("Hạng", "Rank")
        case .provinceColumn: return pick("Tỉnh", "Province")
        case .totalColumn: return pick("Tổng điểm", "Total")
        case .adjustmentsColumn: return pick("Cộng/trừ", "Adjustments")
        case .awardColumn: return pick("Danh hiệu", "Award")
        case .flagsColumn: return pick("Ghi chú", "Flags")
        case .notes: return pick("Ghi chú", "Notes")
        case .reportTitle: return pick("Báo cáo hội nghị", "Conference report")
        case .reportIntro:
            return pick(
                "Báo cáo PDF gồm tổng quan, các chỉ tiêu chính, bảng điểm, độ vững của thứ hạng, hồ sơ tỉnh, phương pháp và phụ lục số liệu. Cách chấm điểm lấy từ bước Xếp hạng.",
                "The PDF report has an overview, the key indicators, the scorecard, the robustness of the ranking, province profiles, the method and a data appendix. The scheme is the one from the Ranking step."
            )
        case .reportLanguage: return pick("Ngôn ngữ của báo cáo", "Language of the report")
        case .pageSize: return pick("Khổ giấy", "Page size")
        case .reportHeading: return pick("Tiêu đề (để trống: theo cụm và kỳ)", "Title (empty: from the cluster and period)")
        case .organisation: return pick("Cơ quan lập báo cáo", "Organisation preparing the report")
        case .reportDate: return pick("Ngày báo cáo (để trống: không ghi)", "Date of the report (empty: none written)")
        case .makeReport: return pick("Tạo báo cáo PDF", "Make the PDF report")
        case .makeFigures: return pick("Tải ZIP mọi biểu đồ", "Download a ZIP of every figure")
        case .making: return pick("Đang tạo, xin chờ…", "Making it, please wait…")
        case .made: return pick("Xong: {name} ({size})", "Done: {name} ({size})")
        case .noScheme:
            return pick(
                "Chưa có cách chấm điểm: hãy viết hoặc tải lên ở bước Xếp hạng, hoặc ở đây.", "No scheme yet: write or upload one in the Ranking step, or here."
            )
        case .loginTitle: return pick("Đăng nhập", "Log in")
        case .loginIntro: return pick("Máy chủ này cần mật khẩu.", "This server needs a password.")
        case .password: return pick("Mật khẩu", "Password")
        case .loginButton: return pick("Đăng nhập", "Log in")
        case .loginFailed: return pick("Mật khẩu không đúng.", "The password is not right.")
        case .loginThrottled: return pick("Thử lại sau một giây.", "Try again in a second.")
        case .errorTitle: return pick("Không thực hiện được", "It could not be done")
        case .notFound: return pick("Không có trang này.", "There is no such page.")
        case .backToStart: return pick("Về trang đầu", "Back to the start")
        case .apiTitle: return pick("Giao diện lập trình (HTTP API)", "Programming interface (HTTP API)")
        case .apiIntro:
            return pick(
                "Trang web dùng chính các đường dẫn này. Mọi yêu cầu ghi (POST, DELETE) phải có tiêu đề X-Requested-With: coopchart; khi máy chủ có mật khẩu, thêm cookie phiên và X-CSRF-Token. Tham số mang tên các tuỳ chọn của dòng lệnh, không có dấu --.",
                "The page itself uses these routes. Every write (POST, DELETE) needs the header X-Requested-With: coopchart; on a server with a password, also the session cookie and X-CSRF-Token. Parameters carry the names of the command line's options, without the --."
            )
        case .apiMethod: return pick("Phương thức", "Method")
        case .apiPath: return pick("Đường dẫn", "Path")
        case .apiDoes: return pick("Tác dụng", "What it does")
        case .apiStatuses: return pick("Mã trả về", "Statuses")
        case .apiUpload:
            return pick(
                "Tải một hoặc nhiều tệp lên (multipart, trường files; tuỳ chọn year, year-of=TỆP=KỲ cho từng tệp, indicator, number-style, sheet, lang). Các tệp được đọc một lần, mỗi tệp với kỳ của nó. Trả về mã bộ số liệu, các tệp đã đọc (số liệu, kỳ, tỉnh, cách đọc) và kết quả kiểm tra (tối đa 200 mỗi loại, kèm số lượng). Tệp không đọc được: 422 với cùng dạng kết quả kiểm tra, không lưu gì.",
                "Upload one or more files (multipart, field files; optional year, year-of=FILE=PERIOD for each file, indicator, number-style, sheet, lang). The files are read once, each with its own period. Returns the dataset's id, each file as read (figures, periods, provinces, layout) and the findings (at most 200 of each kind, with their counts). A file that cannot be read: 422 with the same findings, nothing kept."
            )
        case .apiDataset:
            return pick(
                "Bộ số liệu như khi tải lên; cluster=TÊN kiểm tra lại với cụm đó.", "The dataset as uploaded; cluster=NAME checks it again with that cluster.")
        case .apiDelete:
            return pick("Xoá bộ số liệu (nếu không, nó tự xoá sau 2 giờ không dùng).", "Deletes the dataset (otherwise it goes after 2 hours unused).")
        case .apiChart:
            return pick(
                "Biểu đồ, giống hệt từng byte tệp của coopchart chart KIND với cùng tuỳ chọn: indicator, year, years, province, order, percent, x, y, bubble, classes, class-rule, breaks, midpoint, growth, zoom, cluster, harmonize, lang, size, width, height, scale, dpi, font, theme; download=true để tải về.",
                "The chart, byte for byte the file of coopchart chart KIND with the same options: indicator, year, years, province, order, percent, x, y, bubble, classes, class-rule, breaks, midpoint, growth, zoom, cluster, harmonize, lang, size, width, height, scale, dpi, font, theme; download=true to save it."
            )
        case .apiRank:
            return pick(
                "Thân yêu cầu là cách chấm điểm (YAML). format=json|csv cho đúng các dòng của coopchart rank --format json|csv; explain: giải thích từng tỉnh; xlsx: sổ tính bảng điểm có công thức như coopchart rank -o scorecard.xlsx; png|pdf|svg|eps: bảng điểm vẽ sẵn (sensitivity=N: biểu đồ độ vững). Lỗi trong cách chấm: 422, mỗi lỗi kèm dòng.",
                "The body is the scheme (YAML). format=json|csv gives the rows of coopchart rank --format json|csv; explain: each province's explanation; xlsx: the scorecard workbook with live formulas, as coopchart rank -o scorecard.xlsx; png|pdf|svg|eps: the drawn scorecard (sensitivity=N: the robustness chart). A scheme error: 422, each at its line."
            )
        case .apiReport:
            return pick(
                "Thân yêu cầu là cách chấm điểm (YAML). format=pdf: báo cáo như coopchart report; format=docx: báo cáo Word như coopchart report -o report.docx; format=pptx: bài trình chiếu như coopchart slides (highlight, theme); format=zip: mọi biểu đồ như coopchart figures. Tuỳ chọn year, cluster, lang, size, title, organisation, date, formats, dpi.",
                "The body is the scheme (YAML). format=pdf: the report as coopchart report writes it; format=docx: the Word report as coopchart report -o report.docx; format=pptx: the deck as coopchart slides (highlight, theme); format=zip: every figure as coopchart figures writes them. Options year, cluster, lang, size, title, organisation, date, formats, dpi."
            )
        case .apiHelp: return pick("Trang này.", "This page.")
        case .filePeriod: return pick("Kỳ của tệp", "Period of the file")
        case .filePeriodHint: return pick("nếu tệp không ghi năm", "if the file names no year")
        case .figuresTitle: return pick("Số liệu đã đọc", "Figures as read")
        case .figuresIntro:
            return pick(
                "Mỗi ô là số liệu đọc được, kèm tệp và dòng (hoặc ô của trang tính) nơi nó được đọc; di chuột hoặc chạm vào ô để xem nguồn. ≈ số ước tính, > ít nhất, < không quá; — là không có số liệu (không phải số 0).",
                "Each cell is a figure as read, with the file and line (or the sheet's cell) it was read from; point at or tap a cell for its source. ≈ an estimate, > at least, < at most; — no figure (not a zero)."
            )
        case .figuresPeriod: return pick("Kỳ xem số liệu", "Period shown")
        case .figureMissing: return pick("không có số liệu", "no figure")
        case .figureFrom: return pick("đọc từ", "read from")
        case .figureSource: return pick("nguồn", "source")
        case .figureNote: return pick("ghi chú", "note")
        case .totalsTitle: return pick("Các dòng tổng trong tệp", "Total rows in the files")
        case .totalRow: return pick("Dòng tổng", "Total row")
        case .skippedTitle: return pick("Cách đọc từng bảng và các dòng bỏ qua", "How each table was read, and the rows passed over")
        case .readAs: return pick("đọc là", "read as")
        case .findingsMore:
            return pick(
                "… và {count} {level} khác về {topic} (chỉ liệt kê {listed} đầu tiên)",
                "… and {count} more {level}s about {topic} (the first {listed} are listed)")
        case .findingsPage: return pick("Trang {page} / {pages}", "Page {page} of {pages}")
        case .previousPage: return pick("Trang trước", "Previous page")
        case .nextPage: return pick("Trang sau", "Next page")
        case .notesTitle: return pick("Lưu ý", "Notes")
        case .useExample: return pick("Dùng cách chấm mẫu (Cụm ĐBSH 2017)", "Use the example scheme (Red River Delta 2017)")
        case .exampleLoaded:
            return pick("Đã điền cách chấm mẫu; hãy sửa cho đúng giao ước của cụm.", "The example scheme is filled in; edit it to match the cluster's pledge.")
        case .downloadsUnavailable: return pick("Chưa tải về được: biểu đồ đang báo lỗi ở trên.", "Nothing to download yet: the chart shows an error above.")
        case .figuresLegend: return pick("Chú thích", "Legend")
        case .noFigures: return pick("Không có số liệu nào cho kỳ này.", "No figures for this period.")
        case .errorsAndWarnings: return pick("{errors} lỗi, {warnings} cảnh báo", "{errors} errors, {warnings} warnings")
        case .apiFigures:
            return pick(
                "Số liệu đã đọc của một kỳ: mỗi tỉnh, mỗi chỉ tiêu, kèm tệp và dòng/ô, nguồn, ghi chú; year=KỲ, cluster, harmonize.",
                "The figures as read for one period: each province and indicator, with file and line or cell, source and note; year=PERIOD, cluster, harmonize."
            )
        }
    }

    /// The label of the page's field for a setting: how a message on the page names what to change.
    func field(_ parameter: RequestParameter) -> String {
        switch parameter {
        case .files: return pick("Chọn tệp", "Choose files")
        case .year: return pick("Kỳ", "Period")
        case .yearOf: return self(.filePeriod)
        case .indicatorFile: return pick("tệp chỉ tiêu (chỉ có ở dòng lệnh: --indicators)", "an indicator file (on the command line only: --indicators)")
        case .numberStyle: return pick("Kiểu viết số", "Number style")
        case .sheet: return pick("Trang tính", "Sheet")
        case .indicator: return pick("Chỉ tiêu", "Indicator")
        case .years: return pick("Từ năm … Đến năm", "From … To")
        case .province: return pick("Tỉnh", "Province")
        case .order: return self(.order)
        case .percent: return self(.percent)
        case .x: return self(.xIndicator)
        case .y: return self(.yIndicator)
        case .bubble: return self(.bubbleIndicator)
        case .cluster: return self(.cluster)
        case .harmonize: return pick("Gộp theo đơn vị sau sáp nhập", "Carry across the merger")
        case .restateCluster: return pick("Tính lại cụm theo đơn vị mới", "Restate the cluster as the new units")
        case .lang: return pick("Ngôn ngữ", "Language")
        case .size: return self(.size)
        case .width: return pick("Chiều rộng", "Width")
        case .height: return pick("Chiều cao", "Height")
        case .scale: return pick("Tỷ lệ PNG", "PNG scale")
        case .dpi: return pick("Độ phân giải (dpi)", "Resolution (dpi)")
        case .font: return pick("Phông chữ", "Font")
        case .theme: return self(.theme)
        case .output: return pick("Tệp kết quả", "Output file")
        case .format: return pick("Định dạng", "Format")
        case .formats: return pick("Các định dạng", "Formats")
        case .scheme: return self(.schemeText)
        case .sensitivity: return self(.draws)
        case .seed: return pick("Hạt giống ngẫu nhiên", "Random seed")
        case .spread: return pick("Biên độ điểm tối đa", "Spread of the maxima")
        case .estimateSpread: return pick("Biên độ số ước tính", "Spread of the estimates")
        case .explain: return self(.explainProvince)
        case .comparePrevious: return pick("So với kỳ trước", "Compare with the previous period")
        case .title: return self(.reportHeading)
        case .organisation: return self(.organisation)
        case .date: return self(.reportDate)
        case .classes: return self(.mapClasses)
        case .classRule: return self(.classRule)
        case .breaks: return self(.breaks)
        case .midpoint: return self(.midpoint)
        case .growth: return self(.growth)
        case .zoom: return self(.zoom)
        case .highlight: return pick("tỉnh tô nổi bật (tham số highlight của API)", "the highlighted province (the API's highlight parameter)")
        }
    }

    /// `{{words.NAME}}` in a template.
    func child(named name: String) -> Any? { Key(rawValue: name).map { self($0) } }

    /// Every phrase, for the script (which finds them by name in a JSON block of the page).
    var json: JSONValue { .object(Key.allCases.map { ($0.rawValue, .string(self($0))) }) }

    // MARK: Phrases with a value

    func kindName(_ kind: FigureRequest.Kind) -> String {
        switch kind {
        case .bar: return pick("Thanh ngang xếp hạng", "Ranked bars")
        case .column: return pick("Cột", "Columns")
        case .grouped: return pick("Cột nhóm (nhiều năm)", "Grouped columns (several years)")
        case .stacked: return pick("Cột chồng", "Stacked columns")
        case .line: return pick("Đường (theo năm)", "Lines (over years)")
        case .bump: return pick("Thứ hạng theo năm", "Ranks over years")
        case .radar: return pick("Mạng nhện (hồ sơ tỉnh)", "Radar (province profiles)")
        case .donut: return pick("Vành khuyên (tỷ trọng)", "Donut (shares)")
        case .scatter: return pick("Tán xạ (hai chỉ tiêu)", "Scatter (two indicators)")
        case .heatmap: return pick("Bản đồ nhiệt", "Heatmap")
        case .multiples: return pick("Nhiều biểu đồ nhỏ", "Small multiples")
        case .tilemap: return pick("Bản đồ ô", "Tile map")
        case .map: return pick("Bản đồ tỉnh", "Province map")
        }
    }

    func sizeName(_ size: String) -> String {
        switch size {
        case "slide": return pick("Trình chiếu 16:9", "Slide 16:9")
        case "a4": return pick("A4 dọc", "A4 portrait")
        case "a4-landscape": return pick("A4 ngang", "A4 landscape")
        case "a5": return pick("A5", "A5")
        case "column": return pick("Cột báo (85 mm)", "Newspaper column (85 mm)")
        default: return size
        }
    }

    func themeName(_ theme: String) -> String {
        switch theme {
        case "conference": return pick("Hội nghị", "Conference")
        case "print": return pick("In đen trắng", "Print (greyscale)")
        case "slide": return pick("Trình chiếu (chữ lớn)", "Slide (large type)")
        case "colorblind": return pick("Dễ đọc cho người mù màu", "Colour-blind safe")
        default: return theme
        }
    }

    func languageName(_ language: Language) -> String {
        switch language {
        case .vi: return pick("Tiếng Việt", "Vietnamese")
        case .en: return pick("Tiếng Anh", "English")
        }
    }
}

package layout

import (
	"testing"
)

// japaneseSample is Japanese text of the kind a customer's documents
// hold: names, a goal, use cases and a meeting plan.
const japaneseSample = `株式会社サクラ電機 情報システム部 山田太郎 佐藤花子 鈴木一郎 高橋美咲
年末商戦に向けて受注処理の応答時間を半分にし、障害からの復旧を一時間以内にする。
主な利用事例：在庫の自動補充、店舗別の売上分析、顧客問い合わせ窓口の一元化、
物流センターとの連携強化、月次報告の自動作成、品質管理データの可視化。
定例会議は毎週水曜日の午前十時から東京本社の会議室で行い、議事録を共有する。
導入支援、技術検証、移行計画の策定、運用手順書の作成、教育研修の実施を含む。
課題：旧システムの保守期限、担当者の不足、夜間バッチ処理の遅延、データ重複。`

// BenchmarkCutCJKFont cuts the system's Japanese font down to the
// characters of a customer's Japanese text that Noto Sans lacks.
func BenchmarkCutCJKFont(b *testing.B) {
	cjk := systemCJK(b)
	fonts, err := LoadFonts("")
	if err != nil {
		b.Fatal(err)
	}
	seen := map[rune]bool{}
	var runes []rune
	for _, r := range japaneseSample {
		if !seen[r] && !fonts.regular.has(r) && cjk.face.has(r) {
			seen[r] = true
			runes = append(runes, r)
		}
	}
	if len(runes) == 0 {
		b.Fatal("the sample has no text in Japanese")
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cjk.program.cut(runes); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(len(runes)), "chars")
}
